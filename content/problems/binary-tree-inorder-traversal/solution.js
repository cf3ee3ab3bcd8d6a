var inorderTraversal = function (root) {
  const out = [];
  const visit = (node) => {
    if (!node) return;
    visit(node.left);
    out.push(node.val);
    visit(node.right);
  };
  visit(root);
  return out;
};
