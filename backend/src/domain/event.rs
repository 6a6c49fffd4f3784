//! Events: changes someone outside may want to hear of (by e-mail or webhook, delivered from
//! the outbox by a later part). Each is written to the outbox in the same transaction as the
//! change, so none is lost and none is told of a change that did not happen.
//!
//! Events are named `resource.happening`, as webhook receivers expect; not a `domain_enum!`,
//! whose words are snake_case (the OpenAPI document reads them that way), and events are not in
//! the OpenAPI document.

macro_rules! event_types {
    ($($(#[$vmeta:meta])* $variant:ident => $word:literal),+ $(,)?) => {
        /// What happened.
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
            sea_orm::EnumIter, sea_orm::DeriveActiveEnum,
        )]
        #[sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")]
        pub enum EventType {
            $($(#[$vmeta])* #[serde(rename = $word)] #[sea_orm(string_value = $word)] $variant),+
        }

        impl EventType {
            /// The event's name, as stored and sent.
            pub const fn as_str(self) -> &'static str {
                match self { $(EventType::$variant => $word),+ }
            }

            /// Every event, in declaration order.
            pub const ALL: &'static [EventType] = &[$(EventType::$variant),+];
        }
    };
}

event_types! {
    MeetingScheduled => "meeting.scheduled",
    MeetingCancelled => "meeting.cancelled",
    AgendaPublished => "agenda.published",
    MinutesSubmitted => "minutes.submitted",
    MinutesAdjusted => "minutes.adjusted",
    ActionItemOverdue => "action_item.overdue",
    /// A contact route went unverified past the period (told of once per verification).
    ContactRouteStale => "contact_route.stale",
}

#[cfg(test)]
mod tests {
    use sea_orm::ActiveEnum;

    use super::EventType;

    #[test]
    fn events_are_named_resource_dot_happening_the_same_everywhere() {
        assert_eq!(EventType::ContactRouteStale.as_str(), "contact_route.stale");
        assert_eq!(EventType::MeetingScheduled.as_str(), "meeting.scheduled");
        for e in EventType::ALL {
            let word = e.as_str();
            let (resource, happening) = word.split_once('.').expect("resource.happening");
            assert!(!resource.is_empty() && !happening.is_empty(), "{word}");
            assert_eq!(serde_json::to_value(e).unwrap(), word, "sent as {word}");
            assert_eq!(e.to_value(), word, "stored as {word}");
            assert_eq!(EventType::try_from_value(&word.to_owned()).unwrap(), *e, "{word} reads back");
        }
    }
}
