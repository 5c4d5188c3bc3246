/** The API URL's one check: the action's GITHUB_API_URL and the command line's `--api-url` alike. */

/** Whether `text` is an absolute http(s) URL. */
export function httpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
