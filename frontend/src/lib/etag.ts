/** The ETag / If-Match value for a version: the quoted version number. */
export const etagFor = (version: number) => `"${version}"`;
