import { requestTableFrom } from '../../src/domain/annual-report/totals';

/** A 2025 report's figures for a district education bureau: consistent in every table. */
export const VALID_REQUEST_TABLE = requestTableFrom({
  naturalPerson: {
    newApplications: 30,
    carriedOver: 2,
    disclosed: 12,
    partiallyDisclosed: 5,
    withheldStateSecret: 1,
    withheldThirdParty: 2,
    unavailableNotHeld: 6,
    notProcessedRepeated: 2,
    otherNoCorrection: 1,
  },
  commercialEnterprise: { newApplications: 6, disclosed: 3, partiallyDisclosed: 1, unavailableNotHeld: 1 },
  publicWelfareOrganization: { newApplications: 1, disclosed: 1 },
  legalServiceAgency: { newApplications: 2, carriedOver: 1, disclosed: 1, partiallyDisclosed: 1 },
});

export const VALID_DISCLOSURE_TABLE = {
  rules: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 4, repealed: 1, inForce: 23 },
  licensing: { decisions: 312 },
  punishment: { decisions: 18 },
  enforcement: { decisions: 0 },
  fees: { amount: 12.5 },
};

export const VALID_REVIEW_TABLE = {
  reconsideration: { upheld: 2, corrected: 1, other: 0, pending: 1, total: 4 },
  directLitigation: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
  litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
};

/** The three tables of a report that passes the arithmetic gate (fresh copies, safe to change). */
export const validReportTables = () =>
  structuredClone({
    disclosureTable: VALID_DISCLOSURE_TABLE,
    requestTable: VALID_REQUEST_TABLE,
    reviewTable: VALID_REVIEW_TABLE,
  });
