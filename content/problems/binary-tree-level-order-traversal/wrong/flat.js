// Returns every value in one level.
var levelOrder = function (root) {
  const out = [],
    queue = root ? [root] : [];
  while (queue.length) {
    const n = queue.shift();
    out.push(n.val);
    if (n.left) queue.push(n.left);
    if (n.right) queue.push(n.right);
  }
  return out.length ? [out] : [];
};
