/**
 * Links that more than one feature builds: the pages where a user acts on what a report shows.
 * The target pages read these parameters (CreateCouncilPage's `prefillFromParams`, NewMemberPage).
 */

/** The create-council form with a local steering group for this area preselected (from an uncovered area). */
export const newLocalSteeringGroupPath = (areaId: string) => `/councils/new?kind=local_steering_group&area_id=${encodeURIComponent(areaId)}`;

/**
 * The council's add-member form with the seat preselected ("fill this seat"); with `startDate`, the new
 * term starts then (a successor to a term that ends the day before).
 */
export const fillSeatPath = (councilId: string, seatId: string, startDate?: string) =>
  `/councils/${encodeURIComponent(councilId)}/members/new?seat=${encodeURIComponent(seatId)}${startDate ? `&start=${encodeURIComponent(startDate)}` : ''}`;
