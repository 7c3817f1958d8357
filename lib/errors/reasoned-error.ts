/**
 * An error that says why as a fixed reason (which the UI turns into a zh/en message) plus free
 * detail. The message keeps the "reason: detail" form the popup's error text parses.
 */
export class ReasonedError<Reason extends string> extends Error {
  constructor(
    readonly reason: Reason,
    readonly detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = new.target.name;
  }
}
