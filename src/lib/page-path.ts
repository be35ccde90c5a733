/**
 * The request header in which the proxy passes a page its own address without the locale
 * ("/municipalities?area=energy"), so that the layout can link to the same page in the other
 * languages. The proxy overwrites whatever a client sent under this name.
 */
export const PAGE_PATH_HEADER = "x-c4c-page-path";
