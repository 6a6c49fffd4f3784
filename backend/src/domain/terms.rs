//! Terms of office: periods of whole days, `start` to `end` inclusive, open when `end` is `None`.

use chrono::NaiveDate;

/// Whether a term covers `day`.
pub fn covers(start: NaiveDate, end: Option<NaiveDate>, day: NaiveDate) -> bool {
    start <= day && end.is_none_or(|e| e >= day)
}

/// Whether two terms share at least one day.
pub fn overlap(a: (NaiveDate, Option<NaiveDate>), b: (NaiveDate, Option<NaiveDate>)) -> bool {
    a.1.is_none_or(|ae| ae >= b.0) && b.1.is_none_or(|be| be >= a.0)
}

/// The most terms among `others` that are running on any one day of `term` — counting `term`
/// itself. A seat with `max` places may take `term` when this is at most `max`.
pub fn peak_with(term: (NaiveDate, Option<NaiveDate>), others: &[(NaiveDate, Option<NaiveDate>)]) -> usize {
    let relevant: Vec<_> = others.iter().copied().filter(|o| overlap(term, *o)).collect();
    // The count can only rise where a term starts, so checking each start within `term` is enough.
    let mut days: Vec<NaiveDate> = relevant.iter().map(|o| o.0.max(term.0)).collect();
    days.push(term.0);
    days.into_iter()
        .filter(|d| covers(term.0, term.1, *d))
        .map(|d| 1 + relevant.iter().filter(|o| covers(o.0, o.1, d)).count())
        .max()
        .unwrap_or(1)
}

/// Whether `after` lies within `before`: starts no earlier and ends no later (an open end
/// being the latest).
pub fn within(after: (NaiveDate, Option<NaiveDate>), before: (NaiveDate, Option<NaiveDate>)) -> bool {
    after.0 >= before.0
        && match (after.1, before.1) {
            (_, None) => true,
            (Some(a), Some(b)) => a <= b,
            (None, Some(_)) => false,
        }
}

/// Whether a confirmed term stays confirmed after a change by someone who cannot confirm it (a
/// chair or secretary): only when the change gives nothing more — the term only got shorter
/// (`within`) and `same_otherwise` (role, organization and deputy unchanged).
pub fn stays_confirmed(
    before: (NaiveDate, Option<NaiveDate>),
    after: (NaiveDate, Option<NaiveDate>),
    same_otherwise: bool,
) -> bool {
    same_otherwise && within(after, before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn overlapping_terms_are_counted_on_the_busiest_day() {
        let a = (d("2025-01-01"), Some(d("2025-06-30")));
        let b = (d("2025-07-01"), None);
        assert!(!overlap(a, b));
        // A new open term from March overlaps both a and b, but never both on one day.
        assert_eq!(peak_with((d("2025-03-01"), None), &[a, b]), 2);
        let c = (d("2025-05-01"), Some(d("2025-08-01")));
        assert_eq!(peak_with((d("2025-03-01"), None), &[a, b, c]), 3);
        assert_eq!(peak_with((d("2026-01-01"), Some(d("2026-02-01"))), &[a]), 1);
    }

    #[test]
    fn ending_a_term_early_keeps_its_confirmation_and_lengthening_it_does_not() {
        let term = (d("2025-01-01"), Some(d("2025-12-31")));
        assert!(stays_confirmed(term, (d("2025-01-01"), Some(d("2025-06-30"))), true));
        assert!(stays_confirmed(term, term, true));
        assert!(!stays_confirmed(term, (d("2025-01-01"), None), true));
        assert!(!stays_confirmed(term, (d("2024-12-31"), Some(d("2025-12-31"))), true));
        assert!(!stays_confirmed(term, (d("2025-01-01"), Some(d("2026-01-01"))), true));
        assert!(!stays_confirmed(term, term, false), "a new role needs confirming");
        let open = (d("2025-01-01"), None);
        assert!(stays_confirmed(open, (d("2025-01-01"), Some(d("2025-03-01"))), true));
    }
}
