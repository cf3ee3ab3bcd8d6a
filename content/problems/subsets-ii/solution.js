function subsetsWithDup(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  const result = [];
  const current = [];
  const extend = (start) => {
    result.push([...current]);
    for (let i = start; i < sorted.length; i++) {
      // A value equal to the one just tried at this depth would repeat the same subsets.
      if (i > start && sorted[i] === sorted[i - 1]) continue;
      current.push(sorted[i]);
      extend(i + 1);
      current.pop();
    }
  };
  extend(0);
  return result;
}
