// Dates and numbers the Indonesian way, on the Asia/Jakarta calendar the index uses.

const TIME_ZONE = 'Asia/Jakarta';
const day = new Intl.DateTimeFormat('id-ID', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const dayAndTime = new Intl.DateTimeFormat('id-ID', {
    timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
});
const shortDay = new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const month = new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const shortMonth = new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', month: 'short', year: 'numeric' });
const number = new Intl.NumberFormat('id-ID');

/** "10 Januari 2024" for an instant, in Jakarta time. */
export const formatDate = iso => day.format(new Date(iso));

/** "Rabu, 10 Januari 2024 pukul 09.00 WIB". */
export const formatDateTime = iso => `${dayAndTime.format(new Date(iso))} WIB`;

/** "10 Jan 2024" for a calendar day "2024-01-10". */
export const formatDay = isoDay => shortDay.format(utc(isoDay));

/** "Januari 2024" (or "Jan 2024" when short) for "2024-01"; a year stays a year. */
export function formatMonth(key, short = false) {
    if (/^\d{4}$/.test(key)) return key;
    return (short ? shortMonth : month).format(utc(`${key}-01`));
}

export const formatNumber = n => number.format(n);

function utc(isoDay) {
    const [y, m, d] = isoDay.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
}
