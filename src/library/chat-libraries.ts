import type { Analysis } from "../model/analysis.js";
import { indexFollowing } from "../search/follow.js";
import type { SentenceIndex } from "../search/sentence-index.js";
import { Library } from "./library.js";

interface Shelf {
  own: Map<string, Analysis>;
  view: Library;
  /** The view's sentence index, made when the chat first asks something. */
  index?: SentenceIndex;
  unsubscribe: () => void;
}

/**
 * Whose articles: the content folder's are everyone's (the shared Library); those a chat
 * brought (links, pasted text, feeds) are that chat's alone. A chat that brought some gets
 * a Library of its own that follows the shared one and holds its own articles beside them,
 * so its questions, commands and digest see both and other chats never see them. A chat
 * that brought none uses the shared Library itself.
 */
export class ChatLibraries {
  private shelves = new Map<number, Shelf>();

  constructor(
    readonly shared: Library,
    /** The shared Library's sentence index. */
    readonly sharedIndex: SentenceIndex,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The articles this chat sees. */
  libraryFor(chatId: number | undefined): Library {
    return (chatId !== undefined && this.shelves.get(chatId)?.view) || this.shared;
  }

  /**
   * The sentence index over what this chat sees. A chat with articles of its own gets one
   * of its own (the shared articles indexed again beside its own, in the background): the
   * price of never mixing chats' articles in an answer.
   */
  indexFor(chatId: number | undefined): SentenceIndex {
    const shelf = chatId !== undefined ? this.shelves.get(chatId) : undefined;
    if (!shelf) return this.sharedIndex;
    return (shelf.index ??= indexFollowing(shelf.view));
  }

  /** True when the chat brought this article itself. */
  owns(chatId: number | undefined, articleId: string): boolean {
    return chatId !== undefined && (this.shelves.get(chatId)?.own.has(articleId) ?? false);
  }

  /** The chat's own articles (in no order). */
  ownArticles(chatId: number): Analysis[] {
    return [...(this.shelves.get(chatId)?.own.values() ?? [])];
  }

  /** Chats that brought articles. */
  chats(): number[] {
    return [...this.shelves.keys()];
  }

  /** Adds (or replaces) one of the chat's articles; `addedAt` is when it first came (what makes it "new" for a digest). */
  add(chatId: number, analysis: Analysis, addedAt: number): void {
    const shelf = this.shelves.get(chatId) ?? this.open(chatId);
    const id = analysis.article.id;
    shelf.own.set(id, analysis);
    shelf.view.seedFirstSeen([[id, addedAt]]);
    shelf.view.upsert(analysis);
  }

  /** Drops one of the chat's articles (a shared one of the same id comes back); false when the chat had no such article. */
  remove(chatId: number, articleId: string): boolean {
    const shelf = this.shelves.get(chatId);
    if (!shelf?.own.delete(articleId)) return false;
    shelf.view.remove(articleId);
    const shared = this.shared.get(articleId);
    if (shared) this.mirror(shelf, shared);
    if (shelf.own.size === 0) {
      shelf.unsubscribe();
      this.shelves.delete(chatId);
    }
    return true;
  }

  private open(chatId: number): Shelf {
    const view = new Library([], this.clock);
    const shelf: Shelf = { own: new Map(), view, unsubscribe: () => undefined };
    const stop = this.shared.subscribe(
      (change) => {
        const id = change.analysis.article.id;
        if (shelf.own.has(id)) return;
        if (change.type === "removed") view.remove(id);
        else this.mirror(shelf, change.analysis);
      },
      { replay: true },
    );
    shelf.unsubscribe = () => void stop();
    this.shelves.set(chatId, shelf);
    return shelf;
  }

  /** A shared article into the chat's view, first seen when the shared Library first saw it. */
  private mirror(shelf: Shelf, analysis: Analysis): void {
    const id = analysis.article.id;
    const seen = this.shared.firstSeen(id);
    if (seen !== undefined) shelf.view.seedFirstSeen([[id, seen]]);
    shelf.view.upsert(analysis);
  }
}
