class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Visit nodes so that children come before their parent (reverse of a pre-order walk).
        order = []
        stack = [root]
        while stack:
            node = stack.pop()
            order.append(node)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        down = {None: 0}  # best sum of a downward path starting at the node
        best = root.val
        for node in reversed(order):
            left = max(0, down[node.left])
            right = max(0, down[node.right])
            best = max(best, node.val + left + right)
            down[node] = node.val + max(left, right)
        return best
