#!/usr/bin/env python3
"""Regenerates house_prices.csv, a small real-style regression example.

Deterministic on every platform: a 64-bit linear congruential generator
(Knuth's MMIX constants, seed 20240601) feeds a Box-Muller transform, so
Python's own random module (whose algorithms may change) is not used.

    area_m2   = clip(N(95, 35), 30, 250), 1 decimal
    rooms     = clip(round(1 + area_m2 / 30 + N(0, 0.7)), 1, 8)
    age_years = floor(U(0, 61))
    price_k   = 40 + 2.8 area_m2 + 12 rooms - 0.9 age_years + N(0, 25), 1 decimal

Usage: python3 make_house_prices.py > house_prices.csv
"""

import math

ROWS = 80


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def uniform(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return ((self.state >> 11) + 0.5) / float(1 << 53)

    def normal(self):
        radius = math.sqrt(-2.0 * math.log(self.uniform()))
        return radius * math.cos(2.0 * math.pi * self.uniform())


def main():
    rng = Lcg(20240601)
    print("area_m2,rooms,age_years,price_k")
    for _ in range(ROWS):
        area = round(min(max(95.0 + 35.0 * rng.normal(), 30.0), 250.0), 1)
        rooms = int(min(max(round(1.0 + area / 30.0 + 0.7 * rng.normal()), 1), 8))
        age = int(math.floor(61.0 * rng.uniform()))
        price = 40.0 + 2.8 * area + 12.0 * rooms - 0.9 * age + 25.0 * rng.normal()
        print(f"{area:.1f},{rooms},{age},{price:.1f}")


if __name__ == "__main__":
    main()
