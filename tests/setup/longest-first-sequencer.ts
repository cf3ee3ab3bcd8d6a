import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take minutes start first, so they run beside the many short ones instead
 * of after them (on a clean clone vitest has no timings cached and orders by file size, and
 * these small files that judge the whole bank came last, adding a minute or two of one busy
 * core at the end).
 */
const LONGEST = [
  /content\/problems\/problem-bank\.test\.ts$/,
  /content\/problems\/wrong-solutions-\d\.test\.ts$/,
  /judge-pool\.server\.test\.ts$/,
  /tests\/integration\/(quick-match|judge-queue|graceful-shutdown|chat-kill9)\.test\.ts$/,
];

const rank = (file: TestSpecification) => {
  const index = LONGEST.findIndex((pattern) => pattern.test(file.moduleId));
  return index === -1 ? LONGEST.length : index;
};

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}
