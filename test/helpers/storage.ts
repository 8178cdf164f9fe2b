/** A Web Storage of our own (what the tabs of one origin share), optionally failing like a full or disabled one. */
export class TestStorage implements Storage {
  readonly items = new Map<string, string>();
  failOnSet = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(name: string) {
    return this.items.get(name) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(name: string) {
    this.items.delete(name);
  }
  setItem(name: string, value: string) {
    if (this.failOnSet) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(name, value);
  }
}
