import { Identity1795637787167 } from './1795637787167-Identity';
import { Bulletins1795639146256 } from './1795639146256-Bulletins';
import { BulletinSearchIndexes1795639146257 } from './1795639146257-BulletinSearchIndexes';
import { Events1795640756006 } from './1795640756006-Events';
import { Feeds1795641283247 } from './1795641283247-Feeds';
import { Webhooks1795641890322 } from './1795641890322-Webhooks';
import { Audit1795642372462 } from './1795642372462-Audit';
import { RetractedTextOutOfSearch1795700000000 } from './1795700000000-RetractedTextOutOfSearch';
import { ViewerStanding1795800000000 } from './1795800000000-ViewerStanding';
import { ReviewReturns1795900000000 } from './1795900000000-ReviewReturns';
import { BulletinsByAuthor1796000000000 } from './1796000000000-BulletinsByAuthor';
import { BulletinNotes1796533654926 } from './1796533654926-BulletinNotes';
import { BulletinReleases1796544901318 } from './1796544901318-BulletinReleases';
import { IncidentReports1796555510231 } from './1796555510231-IncidentReports';
import { SecondFactors1796572028260 } from './1796572028260-SecondFactors';
import { Notifications1796584627635 } from './1796584627635-Notifications';

/** Every migration, oldest first. `npm run migration:generate -- <Name>` rebuilds this list. */
export const MIGRATIONS: Function[] = [
  Identity1795637787167,
  Bulletins1795639146256,
  BulletinSearchIndexes1795639146257,
  Events1795640756006,
  Feeds1795641283247,
  Webhooks1795641890322,
  Audit1795642372462,
  RetractedTextOutOfSearch1795700000000,
  ViewerStanding1795800000000,
  ReviewReturns1795900000000,
  BulletinsByAuthor1796000000000,
  BulletinNotes1796533654926,
  BulletinReleases1796544901318,
  IncidentReports1796555510231,
  SecondFactors1796572028260,
  Notifications1796584627635,
];
