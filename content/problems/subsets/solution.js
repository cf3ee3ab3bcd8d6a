var subsets = function (nums) {
  const result = [];
  const current = [];
  const choose = (i) => {
    if (i === nums.length) {
      result.push([...current]);
      return;
    }
    choose(i + 1); // leave nums[i] out
    current.push(nums[i]); // take nums[i]
    choose(i + 1);
    current.pop();
  };
  choose(0);
  return result;
};
