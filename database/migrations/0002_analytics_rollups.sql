-- SPDX-License-Identifier: MIT
-- StoreDesk schema, version 2: the analytics rollups. What every order that counts as a sale
-- (not cancelled or refunded) adds up to, per day of the store's time zone (day = Julian day
-- number of the local date), kept current in the same transaction as each order write, so
-- analytics cost grows with the number of days asked for, not the number of orders.
-- orders = orders with at least one line in the row's scope; units and revenue (cents) = the sum
-- over those lines. Category rows follow each product's current category. Tables are kept in
-- primary-key order where the engine allows (SQLite: WITHOUT ROWID), so a range of days is one
-- contiguous read.

CREATE TABLE sales_daily (
    day INTEGER NOT NULL,
    platform VARCHAR(50) NOT NULL,
    orders BIGINT NOT NULL,
    units BIGINT NOT NULL,
    revenue BIGINT NOT NULL,
    CONSTRAINT pk_sales_daily PRIMARY KEY (day, platform)
) ${KEYED_TABLE_OPTIONS};

CREATE TABLE sales_daily_product (
    day INTEGER NOT NULL,
    product_id ${FK} NOT NULL,
    orders BIGINT NOT NULL,
    units BIGINT NOT NULL,
    revenue BIGINT NOT NULL,
    CONSTRAINT pk_sales_daily_product PRIMARY KEY (day, product_id)
) ${KEYED_TABLE_OPTIONS};

CREATE INDEX ix_sales_daily_product_product ON sales_daily_product (product_id, day);

CREATE TABLE sales_daily_product_platform (
    product_id ${FK} NOT NULL,
    platform VARCHAR(50) NOT NULL,
    day INTEGER NOT NULL,
    orders BIGINT NOT NULL,
    units BIGINT NOT NULL,
    revenue BIGINT NOT NULL,
    CONSTRAINT pk_sales_daily_product_platform PRIMARY KEY (product_id, platform, day)
) ${KEYED_TABLE_OPTIONS};

CREATE INDEX ix_sales_daily_product_platform_platform ON sales_daily_product_platform (platform, day);

CREATE TABLE sales_daily_category (
    day INTEGER NOT NULL,
    category_id ${FK} NOT NULL,
    orders BIGINT NOT NULL,
    units BIGINT NOT NULL,
    revenue BIGINT NOT NULL,
    CONSTRAINT pk_sales_daily_category PRIMARY KEY (day, category_id)
) ${KEYED_TABLE_OPTIONS};

CREATE INDEX ix_sales_daily_category_category ON sales_daily_category (category_id, day);

CREATE TABLE sales_daily_category_platform (
    category_id ${FK} NOT NULL,
    platform VARCHAR(50) NOT NULL,
    day INTEGER NOT NULL,
    orders BIGINT NOT NULL,
    units BIGINT NOT NULL,
    revenue BIGINT NOT NULL,
    CONSTRAINT pk_sales_daily_category_platform PRIMARY KEY (category_id, platform, day)
) ${KEYED_TABLE_OPTIONS};

CREATE INDEX ix_sales_daily_category_platform_platform ON sales_daily_category_platform (platform, day);

-- Which time zone the rollups were built for ('timezone'); a process configured for another zone
-- rebuilds them from the orders.
CREATE TABLE analytics_state (
    name VARCHAR(50) NOT NULL,
    value VARCHAR(200) NOT NULL,
    CONSTRAINT pk_analytics_state PRIMARY KEY (name)
) ${TABLE_OPTIONS};
