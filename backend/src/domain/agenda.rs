//! The agenda of a meeting: numbered points (§ 1, § 2 …) in order, reorderable until the
//! agenda is published, and what the minutes say of each.

use crate::domain_enum;

domain_enum! {
    /// What a point of the agenda is for.
    AgendaItemKind (test agenda_item_kind_round_trips) {
        Information => "information",
        Decision => "decision",
        FollowUp => "follow_up",
        Other => "other",
    }
}

domain_enum! {
    /// What the meeting did with a point.
    ItemResult (test item_result_round_trips) {
        Decided => "decided",
        Noted => "noted",
        Postponed => "postponed",
        Referred => "referred",
    }
}

/// Whether `order` names exactly the items `ids` (each once): a reorder must.
pub fn is_permutation(order: &[uuid::Uuid], ids: &[uuid::Uuid]) -> bool {
    let mut a = order.to_vec();
    let mut b = ids.to_vec();
    a.sort();
    b.sort();
    a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reorder_names_every_item_once() {
        let (x, y, z) = (uuid::Uuid::now_v7(), uuid::Uuid::now_v7(), uuid::Uuid::now_v7());
        assert!(is_permutation(&[z, x, y], &[x, y, z]));
        assert!(!is_permutation(&[z, x], &[x, y, z]));
        assert!(!is_permutation(&[z, x, x], &[x, y, z]));
    }
}
