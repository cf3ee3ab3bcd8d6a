// Follows right children only, missing deeper levels reachable only through a left child.
var rightSideView = function (root) {
  const view = [];
  for (let node = root; node; node = node.right) view.push(node.val);
  return view;
};
