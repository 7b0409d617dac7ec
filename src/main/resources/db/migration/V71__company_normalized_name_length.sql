-- The normalised name can be longer than the name itself ("&" becomes "und", "ß" becomes "ss"):
-- at most three times as long, so 300 characters of name need up to 900 here. A name of 300 × "&"
-- was refused by the database with a 500 before.
ALTER TABLE fkif_company ALTER COLUMN normalized_name SET DATA TYPE VARCHAR(1000);
