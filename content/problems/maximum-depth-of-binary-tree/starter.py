# The harness provides: class TreeNode: val, left, right  (TreeNode(val, left, right))

def max_depth(root: Optional[TreeNode]) -> int:
    pass
