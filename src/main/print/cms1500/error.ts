/** The reason a claim cannot be printed, in words a biller can act on; never patient data. */
export class Cms1500Error extends Error {
  override name = 'Cms1500Error'
}
