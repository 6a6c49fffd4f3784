//! Action items: tasks a meeting decided, with an owner (a person or an organization) and a due
//! date; open ones come back under follow-up at the council's next meeting.

use chrono::NaiveDate;

use crate::domain_enum;

domain_enum! {
    /// Where a task is.
    ActionStatus (test action_status_round_trips) {
        Open => "open",
        Done => "done",
        Cancelled => "cancelled",
    }
}

/// Whether a task with this status and due date is overdue on `today`.
pub fn overdue(status: ActionStatus, due_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    status == ActionStatus::Open && due_on.is_some_and(|d| d < today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_open_tasks_past_their_date_are_overdue() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert!(overdue(ActionStatus::Open, Some(d("2027-01-01")), d("2027-01-02")));
        assert!(!overdue(ActionStatus::Open, Some(d("2027-01-02")), d("2027-01-02")));
        assert!(!overdue(ActionStatus::Done, Some(d("2027-01-01")), d("2027-01-02")));
        assert!(!overdue(ActionStatus::Open, None, d("2027-01-02")));
    }
}
