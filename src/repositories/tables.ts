/**
 * Our own tables, beside Strapi's content-type tables: created by database/migrations, read and written
 * only by the repositories. Both import the names from here, so a rename happens in one place.
 */

/**
 * 索引号 sequences: one row per department and year, incremented with a single upsert so that
 * concurrent creations (several Strapi instances on one PostgreSQL) never receive the same number.
 */
export const INDEX_COUNTER_TABLE = 'gov_index_number_counters';

/**
 * Who last changed each draft's content (第二双眼睛). Kept apart from Strapi's `updatedBy`, which the
 * admin's Publish also sets: it re-saves the draft as the publisher even when nothing changed.
 */
export const LAST_EDITOR_TABLE = 'gov_last_editors';

/** One row whose number goes up whenever public content changes; every instance drops its cached answers then. */
export const PUBLIC_CONTENT_VERSION_TABLE = 'gov_public_content_version';

/**
 * Public comment submissions per client and fixed time window, counted with one upsert: the limit
 * holds across every instance on one database.
 */
export const COMMENT_RATE_LIMIT_TABLE = 'gov_comment_rate_limits';

/**
 * The archive queue's content-type table (its schema.json `collectionName`), named here for the migration
 * that renamed two of its columns.
 */
export const ARCHIVE_TRANSFER_TABLE = 'archive_transfers';

/** Strapi's key-value store, where the content manager keeps each type's list and edit layouts. */
export const CORE_STORE_TABLE = 'strapi_core_store_settings';
