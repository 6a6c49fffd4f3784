//! Cooperation agreements (samverkansöverenskommelser).

use crate::domain_enum;

domain_enum! {
    /// Brå's five steps of a cooperation agreement.
    AgreementPhase (test agreement_phase_round_trips) {
        Initiate => "initiate",
        OwnPreparation => "own_preparation",
        JointPreparation => "joint_preparation",
        Implementation => "implementation",
        FollowUp => "follow_up",
    }
}
