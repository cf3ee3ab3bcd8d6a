var rightSideView = function (root) {
  // Depth-first, right child first: the first node met at each depth is the visible one.
  const view = [];
  const visit = (node, depth) => {
    if (!node) return;
    if (depth === view.length) view.push(node.val);
    visit(node.right, depth + 1);
    visit(node.left, depth + 1);
  };
  visit(root, 0);
  return view;
};
