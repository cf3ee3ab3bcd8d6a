# Right child before left child in every level.
class Solution:
    def levelOrder(self, root):
        levels = []
        def walk(node, d):
            if not node:
                return
            if d == len(levels):
                levels.append([])
            levels[d].append(node.val)
            walk(node.right, d + 1)
            walk(node.left, d + 1)
        walk(root, 0)
        return levels
