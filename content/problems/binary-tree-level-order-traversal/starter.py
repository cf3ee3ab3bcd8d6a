# The harness provides: class TreeNode: val, left, right  (TreeNode(val, left, right))

def level_order(root: Optional[TreeNode]) -> List[List[int]]:
    pass
