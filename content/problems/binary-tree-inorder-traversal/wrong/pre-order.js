// Pre-order: takes the node before its left subtree.
var inorderTraversal = function (root) {
  const out = [];
  const visit = (node) => {
    if (!node) return;
    out.push(node.val);
    visit(node.left);
    visit(node.right);
  };
  visit(root);
  return out;
};
