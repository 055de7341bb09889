// Who is acting: the user running the add-on, as far as Apps Script tells.

export function effectiveUserEmail(): string {
  try {
    return (
      Session.getEffectiveUser().getEmail() ||
      Session.getActiveUser().getEmail()
    );
  } catch {
    return '';
  }
}
