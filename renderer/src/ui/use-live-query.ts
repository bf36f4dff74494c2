/**
 * The one door from components to Dexie's change tracking: a component subscribes to a repository read
 * (`useLiveQuery(() => listX(db, …), [db, …])`) and re-renders when the tables it read change. The read
 * itself always lives in db/repositories; lint forbids `db.` and Dexie imports anywhere else in the UI.
 */
export { useLiveQuery } from 'dexie-react-hooks';
