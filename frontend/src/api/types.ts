// Convenience aliases over the generated schema (never hand-written copies).
import type { components } from './schema';

type Schemas = components['schemas'];
export type Area = Schemas['Area'];
export type AreaKind = Schemas['AreaKind'];
export type AreaList = Schemas['Page_Area'];
export type Organization = Schemas['Organization'];
export type OrganizationKind = Schemas['OrganizationKind'];
export type OrganizationList = Schemas['Page_Organization'];
export type NewOrganization = Schemas['NewOrganization'];
export type OrganizationPatch = Schemas['OrganizationPatch'];
export type ContactDetail = Schemas['ContactDetail'];
export type ContactType = Schemas['ContactType'];
export type LoginRequest = Schemas['LoginRequest'];
export type TokenResponse = Schemas['TokenResponse'];
export type Me = Schemas['Me'];
export type Role = Schemas['Role'];
export type Problem = Schemas['Problem'];
export type FieldError = Schemas['FieldError'];
