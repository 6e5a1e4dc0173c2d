-- SPDX-License-Identifier: MIT
-- StoreDesk schema, version 1. Tokens ${…} are filled in by each engine's dialect.
-- Money columns hold integer cents. Timestamps are UTC. inventory.channel is '' when the stock is
-- not reserved for a platform (so the (product, location, channel) key is unique on every engine).

CREATE TABLE categories (
    id ${PK},
    name VARCHAR(200) NOT NULL,
    description ${TEXT},
    created_at ${TS} NOT NULL,
    updated_at ${TS} NOT NULL,
    CONSTRAINT uq_categories_name UNIQUE (name)
) ${TABLE_OPTIONS};

CREATE TABLE products (
    id ${PK},
    name VARCHAR(200) NOT NULL,
    description ${TEXT},
    sku VARCHAR(64) NOT NULL,
    price BIGINT NOT NULL,
    category_id ${FK} NOT NULL,
    created_at ${TS} NOT NULL,
    updated_at ${TS} NOT NULL,
    CONSTRAINT uq_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price CHECK (price >= 0),
    CONSTRAINT fk_products_category FOREIGN KEY (category_id) REFERENCES categories (id)
) ${TABLE_OPTIONS};

CREATE INDEX ix_products_category_id ON products (category_id);

CREATE TABLE inventory (
    id ${PK},
    product_id ${FK} NOT NULL,
    location VARCHAR(100) NOT NULL DEFAULT 'main',
    channel VARCHAR(100) NOT NULL DEFAULT '',
    quantity BIGINT NOT NULL,
    low_stock_threshold BIGINT NOT NULL DEFAULT 10,
    last_restock_date ${TS} NULL,
    created_at ${TS} NOT NULL,
    updated_at ${TS} NOT NULL,
    CONSTRAINT uq_inventory_product_location_channel UNIQUE (product_id, location, channel),
    CONSTRAINT ck_inventory_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_inventory_threshold CHECK (low_stock_threshold >= 0),
    CONSTRAINT fk_inventory_product FOREIGN KEY (product_id) REFERENCES products (id)
) ${TABLE_OPTIONS};

CREATE INDEX ix_inventory_product_id ON inventory (product_id);

CREATE TABLE inventory_history (
    id ${PK},
    inventory_id ${FK} NOT NULL,
    previous_quantity BIGINT NOT NULL,
    new_quantity BIGINT NOT NULL,
    change_reason VARCHAR(500) NOT NULL,
    created_at ${TS} NOT NULL,
    CONSTRAINT fk_inventory_history_inventory FOREIGN KEY (inventory_id) REFERENCES inventory (id)
) ${TABLE_OPTIONS};

CREATE INDEX ix_inventory_history_inventory_id ON inventory_history (inventory_id, created_at);

CREATE TABLE customers (
    id ${PK},
    name VARCHAR(200) NOT NULL,
    email VARCHAR(254) NULL,
    phone VARCHAR(50) NULL,
    address ${TEXT},
    created_at ${TS} NOT NULL,
    updated_at ${TS} NOT NULL,
    CONSTRAINT uq_customers_email UNIQUE (email)
) ${TABLE_OPTIONS};

CREATE TABLE sales (
    id ${PK},
    order_number VARCHAR(64) NOT NULL,
    order_date ${TS} NOT NULL,
    customer_id ${FK} NULL,
    total_amount BIGINT NOT NULL,
    platform VARCHAR(50) NOT NULL,
    status VARCHAR(20) NOT NULL,
    created_at ${TS} NOT NULL,
    updated_at ${TS} NOT NULL,
    CONSTRAINT uq_sales_order_number UNIQUE (order_number),
    CONSTRAINT ck_sales_status CHECK (status IN ('pending', 'processing', 'shipped', 'delivered', 'completed', 'cancelled', 'refunded')),
    CONSTRAINT fk_sales_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ${TABLE_OPTIONS};

CREATE INDEX ix_sales_order_date ON sales (order_date);
CREATE INDEX ix_sales_customer_id ON sales (customer_id);

CREATE TABLE sale_items (
    id ${PK},
    sale_id ${FK} NOT NULL,
    product_id ${FK} NOT NULL,
    quantity BIGINT NOT NULL,
    unit_price BIGINT NOT NULL,
    discount BIGINT NOT NULL DEFAULT 0,
    created_at ${TS} NOT NULL,
    CONSTRAINT ck_sale_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_sale_items_unit_price CHECK (unit_price >= 0),
    CONSTRAINT ck_sale_items_discount CHECK (discount >= 0),
    CONSTRAINT fk_sale_items_sale FOREIGN KEY (sale_id) REFERENCES sales (id),
    CONSTRAINT fk_sale_items_product FOREIGN KEY (product_id) REFERENCES products (id)
) ${TABLE_OPTIONS};

CREATE INDEX ix_sale_items_sale_id ON sale_items (sale_id);
CREATE INDEX ix_sale_items_product_id ON sale_items (product_id);
