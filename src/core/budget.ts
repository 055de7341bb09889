// How long one execution may work before it stops starting new work (a tab, a batch of emails).
// Apps Script stops an execution at 6 minutes (docs/PLATFORM-LIMITS.md §4); the add-on's own
// goal is every execution under 270 s on the pessimistic cost model (issue 10), so new work stops
// at 240 s, leaving 30 s for the unit of work in progress (the largest, a Per Unit tab of ~6,000
// rows, is about 15 s pessimistic) and the final writes.
export const EXECUTION_BUDGET_MS = 240_000;
