// Treats equal values as different marbles: the same subset is listed several times.
function subsetsWithDup(nums) {
  const result = [];
  const current = [];
  const choose = (i) => {
    if (i === nums.length) {
      result.push([...current]);
      return;
    }
    choose(i + 1);
    current.push(nums[i]);
    choose(i + 1);
    current.pop();
  };
  choose(0);
  return result;
}
