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

/// The whole agenda after a reorder by someone who sees only some of its points: `order` (the
/// points they see, in their new order) fills the places those points held in `before`; the
/// points they do not see keep their places.
pub fn merge_order(before: &[uuid::Uuid], order: &[uuid::Uuid]) -> Vec<uuid::Uuid> {
    let seen: std::collections::HashSet<&uuid::Uuid> = order.iter().collect();
    let mut next = order.iter();
    before.iter().map(|id| if seen.contains(id) { *next.next().unwrap_or(id) } else { *id }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_points_keep_their_places_in_a_reorder() {
        let [a, b, c, d] = [1u128, 2, 3, 4].map(uuid::Uuid::from_u128);
        // b is restricted and not seen: a, c, d reordered to d, a, c around it.
        assert_eq!(merge_order(&[a, b, c, d], &[d, a, c]), [d, b, a, c]);
        assert_eq!(merge_order(&[a, b], &[b, a]), [b, a]);
        assert_eq!(merge_order(&[a, b], &[]), [a, b]);
    }

    #[test]
    fn a_reorder_names_every_item_once() {
        let (x, y, z) = (uuid::Uuid::now_v7(), uuid::Uuid::now_v7(), uuid::Uuid::now_v7());
        assert!(is_permutation(&[z, x, y], &[x, y, z]));
        assert!(!is_permutation(&[z, x], &[x, y, z]));
        assert!(!is_permutation(&[z, x, x], &[x, y, z]));
    }
}
