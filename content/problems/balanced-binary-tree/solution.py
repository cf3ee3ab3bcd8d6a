class Solution:
    def isBalanced(self, root: Optional[TreeNode]) -> bool:
        # height(node) is -1 as soon as some subtree below is out of balance.
        def height(node):
            if not node:
                return 0
            left = height(node.left)
            if left < 0:
                return -1
            right = height(node.right)
            if right < 0 or abs(left - right) > 1:
                return -1
            return 1 + max(left, right)

        return height(root) >= 0
