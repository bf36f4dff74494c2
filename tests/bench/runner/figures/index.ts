import type { Figure } from '../figure';
import { backup, restore } from './backup-restore';
import { overviewPage, signInPreviewPage, yearlyCheckPage } from './app-pages';
import { coldStart } from './cold-start';
import { exchange } from './exchange';
import { rosterImport, rosterImportXls } from './roster-import';
import { search } from './search';
import { searchInPage } from './search-ui';
import { studyRecordDocx } from './study-record-docx';
import { yearlyCheckData } from './yearly-check-data';

/** Every figure of issue 9, in the order of the table. */
export const FIGURES: Figure[] = [
  rosterImport,
  rosterImportXls,
  search,
  searchInPage,
  overviewPage,
  yearlyCheckData,
  yearlyCheckPage,
  signInPreviewPage,
  studyRecordDocx,
  backup,
  restore,
  exchange,
  coldStart,
];
