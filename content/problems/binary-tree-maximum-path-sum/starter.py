# The harness provides: class TreeNode: val, left, right  (TreeNode(val, left, right))

def max_path_sum(root: Optional[TreeNode]) -> int:
    pass
