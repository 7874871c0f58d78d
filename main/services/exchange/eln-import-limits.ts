// What an .eln file may hold before Cellbook refuses it whole. The limits are far above any real
// notebook export (the largest of the consortium's examples is 2.5 MB in 14 entries) and far below
// what would exhaust memory: the whole file is checked against them from its central directory
// before a single byte is inflated, and inflating counts bytes so a lying header is caught too.

/** The .eln file itself. */
export const ELN_FILE_MAX_BYTES = 1024 * 1024 * 1024;
/** One entry once inflated (a cycler export of a long test is a few hundred MB at most). */
export const ELN_ENTRY_MAX_BYTES = 512 * 1024 * 1024;
/** Every entry together once inflated (an import holds them in memory until its one transaction ends). */
export const ELN_TOTAL_MAX_BYTES = 1024 * 1024 * 1024;
export const ELN_MAX_ENTRIES = 20_000;
/** Inflated size over compressed size; text compresses ~10:1, a zip bomb 1000:1 and more. */
export const ELN_MAX_COMPRESSION_RATIO = 200;
/** Below this inflated size the ratio is not judged (a 5 kB run of spaces is no threat). */
export const ELN_RATIO_FLOOR_BYTES = 1024 * 1024;
/** Compressed bytes handed to the inflater at a time, so one step yields at most ~16 MB. */
export const ELN_INFLATE_SLICE_BYTES = 16 * 1024;
