function permute(nums) {
  const result = [];
  const current = [];
  const used = new Array(nums.length).fill(false);
  const place = () => {
    if (current.length === nums.length) {
      result.push([...current]);
      return;
    }
    for (let i = 0; i < nums.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      current.push(nums[i]);
      place();
      current.pop();
      used[i] = false;
    }
  };
  place();
  return result;
}
