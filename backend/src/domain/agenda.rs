//! The agenda of a meeting: numbered points (§ 1, § 2 …) in order, reorderable until the
//! agenda is published, and what the minutes say of each.

use crate::domain_enum;

/// The most points one agenda holds.
pub const MAX_ITEMS: usize = 100;

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

/// The ETag of an agenda as one reader sees it: its points in order (`(id, version)` each), so a
/// reorder, or a point added, changed or removed, gives another. Quoted, as sent.
pub fn agenda_tag(points: impl IntoIterator<Item = (uuid::Uuid, i32)>) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for (id, version) in points {
        hash.update(id.as_bytes());
        hash.update(version.to_be_bytes());
    }
    let digest = hash.finalize();
    let hex: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    format!("\"agenda-{hex}\"")
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
    fn an_agendas_tag_changes_with_its_order_and_its_points_versions() {
        let [a, b] = [1u128, 2].map(uuid::Uuid::from_u128);
        let tag = agenda_tag([(a, 1), (b, 1)]);
        assert!(tag.starts_with("\"agenda-") && tag.ends_with('"'), "{tag}");
        assert_eq!(tag, agenda_tag([(a, 1), (b, 1)]));
        assert_ne!(tag, agenda_tag([(b, 1), (a, 1)]), "another order");
        assert_ne!(tag, agenda_tag([(a, 1), (b, 2)]), "a point changed");
        assert_ne!(tag, agenda_tag([(a, 1)]), "a point removed");
    }

    #[test]
    fn a_reorder_names_every_item_once() {
        let (x, y, z) = (uuid::Uuid::now_v7(), uuid::Uuid::now_v7(), uuid::Uuid::now_v7());
        assert!(is_permutation(&[z, x, y], &[x, y, z]));
        assert!(!is_permutation(&[z, x], &[x, y, z]));
        assert!(!is_permutation(&[z, x, x], &[x, y, z]));
    }
}
