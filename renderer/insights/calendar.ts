// The insights view's calendar: the day arithmetic shared with the core.
export { addDays, daysBetween, isoWeekday, isoWeekOf, mondayOf, mondayOfIsoWeek, shiftMonth, shiftWeek } from '../../db/shared/calendar';
