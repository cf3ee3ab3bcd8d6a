// The harness provides: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }

function isValidBST(root: TreeNode | null): boolean {}
