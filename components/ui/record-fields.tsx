/**
 * The hidden fields an edit form posts: which record, and the version it was loaded at, so a
 * concurrent edit is detected. Renders nothing for a create form.
 */
export function RecordFields({ name, record }: { name: string; record?: { id: number; version: number } }) {
  if (!record) return null;
  return (
    <>
      <input type="hidden" name={name} value={record.id} />
      <input type="hidden" name="version" value={record.version} />
    </>
  );
}
