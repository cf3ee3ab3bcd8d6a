def largest_rectangle_area(heights: List[int]) -> int:
    pass
