// The harness provides: class TreeNode { val; left; right }  (new TreeNode(val, left, right))

/**
 * @param {TreeNode | null} root
 * @return {boolean}
 */
function isValidBST(root) {}
