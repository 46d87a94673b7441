/** A database problem worded for the person running the bot (what is wrong, with which file, what to do). */
export class StorageError extends Error {
  override name = "StorageError";
}
