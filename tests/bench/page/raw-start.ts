/**
 * Cold-start baseline: the least a page can do to show something from the stored data — open the
 * app's IndexedDB with no library and read the settings rows, then show one element.
 */
const opening = indexedDB.open('party-edu-ledger');
opening.onsuccess = () => {
  const db = opening.result;
  const names = [...db.objectStoreNames];
  const done = (text: string) => {
    const marker = document.createElement('p');
    marker.dataset['testid'] = 'raw-ready';
    marker.textContent = text;
    document.body.append(marker);
    db.close();
  };
  if (!names.includes('settings')) {
    done('空库');
    return;
  }
  const read = db.transaction('settings', 'readonly').objectStore('settings').getAll();
  read.onsuccess = () => done(`设置 ${read.result.length} 行`);
  read.onerror = () => done('读取失败');
};
opening.onerror = () => {
  document.body.textContent = '无法打开数据库';
};
export {};
